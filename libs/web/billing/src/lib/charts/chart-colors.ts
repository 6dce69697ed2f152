/** The Material system colour roles a chart paints with (`--mat-sys-<role>`). */
export type ColorRole =
  | 'primary'
  | 'tertiary'
  | 'secondary'
  | 'secondary-container'
  | 'error'
  | 'on-surface'
  | 'on-surface-variant'
  | 'outline-variant'
  | 'surface-container-highest';

/**
 * The resolved colours of Material system roles where `host` sits. The variables hold
 * `light-dark()` pairs, which `getPropertyValue` returns unresolved; a probe element's computed
 * `color` is the pair resolved for the colour scheme in force there (the OS, or the user's pin).
 */
export function resolveColors<R extends ColorRole>(host: HTMLElement, roles: readonly R[]): Record<R, string> {
  const probe = host.ownerDocument.createElement('span');
  probe.style.display = 'none';
  host.append(probe);
  const colors = {} as Record<R, string>;
  for (const role of roles) {
    probe.style.color = `var(--mat-sys-${role})`;
    colors[role] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}

/**
 * Calls `redraw` whenever the colour scheme may have changed: the OS switching (AUTO), or the
 * theme menu pinning `color-scheme` on `<html>` (ThemeService). Returns the unsubscribe.
 */
export function onColorSchemeChange(document: Document, redraw: () => void): () => void {
  const view = document.defaultView;
  const media = view?.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', redraw);
  const observer = view?.MutationObserver ? new view.MutationObserver(redraw) : null;
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return () => {
    media?.removeEventListener('change', redraw);
    observer?.disconnect();
  };
}
