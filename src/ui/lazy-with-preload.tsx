/**
 * React.lazy that can be loaded ahead of time. Once preloaded, the page renders at once
 * instead of showing its "Loading…" fallback for a frame (pre-rendered pages swap in cleanly).
 */
import { lazy, type ComponentType } from 'react';

export function lazyWithPreload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  const Lazy = lazy(load);
  function Page(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
    });
  return Object.assign(Page, { preload });
}
