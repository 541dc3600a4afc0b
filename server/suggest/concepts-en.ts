// English care-domain concepts (see concepts-nl.ts for the format and why).
import type { ConceptList } from './concepts.js';

export const CONCEPTS_EN: ConceptList = [
  {
    id: 'contact-point',
    weight: 1,
    terms: [
      'call', 'called', 'phone', 'number', 'reachable', 'available', 'picked up', 'pick up', 'answered', 'whatsapp',
      'text', 'front desk', 'single point', 'one point', 'point of contact', 'contact person', 'same face', 'new face',
      'same worker', 'case manager', 'coordinator', 'coordinated', 'short lines', 'one person', 'one number',
      'drop in', 'helpline', 'always there',
    ],
  },
  {
    id: 'recognition',
    weight: 1,
    terms: [
      'recognised', 'recognized', 'recognition', 'seen', 'felt seen', 'heard', 'listened', 'listen', 'seriously',
      'respect', 'valued', 'appreciated', 'appreciation', 'thank', 'thanks', 'thank-you', 'expert', 'expertise',
      'knowledge', 'colleague', 'colleagues', 'equal', 'how i was doing', 'how are you', 'opinion',
    ],
  },
  {
    id: 'respite',
    weight: 1,
    terms: [
      'respite', 'break', 'breaks', 'short break', 'day care', 'day centre', 'sitting service', 'sits with', 'take over',
      'time for myself', 'get away', 'holiday', 'free day', 'day off', 'breathe', 'rest', 'sleep', 'night nurse',
      'care hotel', 'burn out', 'burnout', 'collapse', 'collapses', 'exhausted', 'overload', 'load', 'cope',
    ],
  },
  {
    id: 'shared-decisions',
    weight: 1,
    terms: ['care plan', 'decide', 'decision', 'choose', 'choice', 'family meeting', 'with us', 'about us', 'involved', 'at the table', 'wishes', 'conversation'],
  },
  {
    id: 'coordination',
    weight: 1,
    terms: [
      'coordinate', 'coordination', 'talked', 'handover', 'shared record', 'shared notebook', 'notebook', 'record',
      'each other', 'my story', 'ten times', 'again and again', 'referred', 'discharge', 'left hospital', 'ready',
      'team meeting', 'multidisciplinary', 'joined up',
    ],
  },
  {
    id: 'peer-support',
    weight: 1,
    terms: [
      'peer', 'peers', 'support group', 'group', 'chat group', 'cafe', 'café', 'other carers', 'same thing',
      'same diagnosis', 'not the only one', 'going through', 'share', 'sharing', 'recognise', 'other parents',
    ],
  },
  {
    id: 'neighbourhood',
    weight: 1,
    terms: [
      'neighbour', 'neighbours', 'neighbor', 'neighborhood', 'neighbourhood', 'street', 'district', 'volunteer',
      'volunteers', 'church', 'befriending', 'handyman', 'shopping', 'meals', 'cook', 'garden', 'lift', 'transport',
      'look out', 'help each other', 'young and old', 'community',
    ],
  },
  { id: 'parent', weight: 1, terms: ['mum', 'mom', 'mother', 'dad', 'father', 'parents', 'father-in-law', 'mother-in-law', 'grandmother', 'grandfather'] },
  { id: 'partner-child', weight: 1, terms: ['husband', 'wife', 'partner', 'son', 'daughter', 'child', 'children', 'disability'] },
  {
    id: 'profession',
    weight: 0.5,
    terms: ['as a', 'nurse', 'district nurse', 'gp', 'doctor', 'case manager', 'social worker', 'council', 'my job', 'at work', 'professional', 'professionals'],
  },
];
