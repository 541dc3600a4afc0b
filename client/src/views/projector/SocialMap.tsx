// The living social map on the projector: who does what, clustered by stakeholder group,
// ties as curves. Drawn as SVG in the box's own pixels, so the type is measured at the
// size it is shown (shared/social-map-layout.ts picks the largest that fits every name
// whole). Lines run beneath the boxes and the boxes are opaque: a name is never covered.
// Contact details never reach the screen. For screen readers the same map is a list.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MapEntry, MapTie } from '../../../../shared/schema';
import { curvePath, layoutSocialMap, type Measure } from '../../../../shared/social-map-layout';
import { GROUP_NAMES_PLURAL, useLang, useT } from '../../i18n';
import { SUPPORT_NAMES } from '../../../../shared/i18n/names';
import { useRemeasure } from './useRemeasure';

let canvas: CanvasRenderingContext2D | null = null;
// read when the first map is laid out, once the page's styles apply
let fontFamily: string | null = null;
const measure: Measure = (text, size, bold) => {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * size * 0.6;
  fontFamily ??= getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  canvas.font = `${bold ? 700 : 400} ${size}px ${fontFamily}`;
  // a little slack for rounding between canvas and SVG text
  return canvas.measureText(text).width * 1.03;
};

export function SocialMap({ entries, ties, contentLang }: { entries: MapEntry[]; ties: MapTie[]; contentLang?: string }) {
  const t = useT();
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const version = useRemeasure(box, entries.length === 0);
  const [{ width, height }, setSize] = useState({ width: 0, height: 0 });
  // the box's size in pixels, read after every render (the remeasure counter makes one on a resize)
  useLayoutEffect(() => {
    const el = box.current;
    if (el && (el.clientWidth !== width || el.clientHeight !== height)) setSize({ width: el.clientWidth, height: el.clientHeight });
  });
  const offers = (e: MapEntry) => [...e.offers.map((o) => SUPPORT_NAMES[o][lang]), ...(e.offerText ? [e.offerText] : [])].join(' · ');
  const layout = useMemo(
    () =>
      width && height
        ? layoutSocialMap(
            entries.map((e) => ({ id: e.id, name: e.name, group: e.group, detail: offers(e) })),
            ties,
            {
              width,
              height,
              measure,
              groupLabel: (g) => GROUP_NAMES_PLURAL[g][lang],
              maxFont: Math.round(Math.min(44, Math.max(20, height / 18))),
              minFont: Math.max(14, Math.round(height / 48)),
            },
          )
        : null,
    // `version` changes when the fonts have loaded: measured again with the real font
    [entries, ties, width, height, lang, version],
  );
  const nameOf = new Map(entries.map((e) => [e.id, e.name]));

  return (
    <section className="social-map" aria-labelledby="social-map-h" data-testid="social-map">
      <h2 id="social-map-h" className="social-map__title">
        {t('mapOnScreenTitle')}
      </h2>
      {entries.length === 0 ? <p className="social-map__empty">{t('mapEmpty')}</p> : null}
      <div className="social-map__box" ref={box} lang={contentLang}>
        {layout && entries.length ? (
          <svg
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={t('mapPicture', { n: entries.length, ties: layout.curves.length })}
            data-font-size={layout.fontSize}
          >
            <g aria-hidden="true">
              {layout.clusters.map((c) => (
                <g key={c.group} className={`group-${c.group}`}>
                  <rect className="social-map__cluster" x={c.x} y={c.y} width={c.w} height={c.h} rx={layout.padding} />
                  <text className="social-map__group" x={c.x + layout.padding} y={c.y + layout.fontSize * 1.05} fontSize={Math.round(layout.fontSize * 0.85)}>
                    {c.label}
                  </text>
                </g>
              ))}
              {layout.curves.map((c) => (
                <path key={`${c.from}>${c.to}`} className="social-map__tie" d={curvePath(c)} strokeWidth={Math.max(2, layout.fontSize / 9)} data-testid="map-tie" />
              ))}
              {layout.boxes.map((b) => (
                <g key={b.id} className={`group-${b.group}`} data-testid="map-entry" data-entry-id={b.id}>
                  <rect className="social-map__entry" x={b.x} y={b.y} width={b.w} height={b.h} rx={layout.padding / 1.5} />
                  <text className="social-map__name" fontSize={layout.fontSize} data-testid="map-entry-name">
                    {b.nameLines.map((line, i) => (
                      <tspan key={i} x={b.x + layout.padding} y={b.y + layout.padding + layout.lineHeight * (i + 0.8)}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  {b.detail ? (
                    <text className="social-map__detail" x={b.x + layout.padding} y={b.y + b.h - layout.padding - layout.detailSize * 0.25} fontSize={layout.detailSize}>
                      {b.detail}
                    </text>
                  ) : null}
                </g>
              ))}
            </g>
          </svg>
        ) : null}
      </div>
      <div className="visually-hidden">
        <h3>{t('mapAsList')}</h3>
        <ul>
          {entries.map((e) => {
            const withWhom = ties.filter((tie) => tie.from === e.id).map((tie) => nameOf.get(tie.to) ?? '');
            return (
              <li key={e.id}>
                {e.name} ({GROUP_NAMES_PLURAL[e.group][lang]}){offers(e) ? `: ${offers(e)}` : ''}
                {withWhom.length ? `; ${t('mapWorksWith', { names: withWhom.join(', ') })}` : ''}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
