// High contrast on request: `?contrast=high` (or `?contrast=hoog`) in the address of any
// view marks <html data-contrast="high">; projector.css draws the room's screen in black
// on white for bright meeting rooms. The choice is read once, from the address only, so
// the projector link a facilitator bookmarks carries it and nothing is stored.
export function applyContrastFromAddress(search: string = location.search): void {
  const value = new URLSearchParams(search).get('contrast');
  if (value === 'high' || value === 'hoog') document.documentElement.dataset.contrast = 'high';
}
