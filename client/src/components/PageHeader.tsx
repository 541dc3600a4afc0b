import type { ReactNode } from 'react';
import { LangSwitch } from './LangSwitch';

/** The top bar: the product name, optional extras, and the NL/EN switch. */
export function PageHeader({ children, title }: { children?: ReactNode; title?: string }) {
  return (
    <header className="page-header">
      <p className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>Kruiwagen</span>
        {title ? <span className="brand__title">{title}</span> : null}
      </p>
      <div className="page-header__extra">{children}</div>
      <LangSwitch />
    </header>
  );
}
