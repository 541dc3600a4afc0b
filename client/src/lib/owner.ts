// Which actions are "mine" on a phone. An action's owner is free text the facilitator
// types ("Ahmed", "Ahmed Yilmaz", "Gemeente (Ahmed)", "Ahmed en Els"), and the phone
// only knows the name its participant gave when joining. So an action is mine when the
// owner holds my whole name, or my first name as a word of its own. Case and accents
// do not count; a hyphen binds, so "Jan" is not "Jan-Willem".

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const words = (s: string) => fold(s).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);

export function isOwnedBy(owner: string, name: string): boolean {
  const nameWords = words(name);
  if (nameWords.length === 0) return false;
  const ownerWords = words(owner);
  const full = nameWords.join(' ');
  if (` ${ownerWords.join(' ')} `.includes(` ${full} `)) return true;
  const first = nameWords[0] ?? '';
  return first.length >= 2 && ownerWords.includes(first);
}
