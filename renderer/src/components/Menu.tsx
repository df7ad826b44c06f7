// A drop-down menu on a native <details>: Enter or Space on its button opens it, Tab walks its items, Escape
// or a click elsewhere closes it, and choosing an item closes it too.
import { useEffect, useRef, type ReactNode } from 'react';

export function Menu({ label, title, className, children }: { label: ReactNode; title?: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  return (
    <details
      ref={ref}
      className={`menu${className ? ` ${className}` : ''}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
        e.stopPropagation();
      }}
      onClick={(e) => {
        // An item chosen (not a checkbox being ticked) closes the menu.
        const target = e.target as HTMLElement;
        if (target.closest('button') && ref.current) ref.current.open = false;
      }}
    >
      <summary title={title}>{label}</summary>
      <div className="menu-items">{children}</div>
    </details>
  );
}
