/** Navigation is a full page load: each view stays its own small chunk. */
export function go(path: string): void {
  location.assign(path);
}
