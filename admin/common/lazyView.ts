import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a module's named export, so screens stay named exports and each
 * resource's screens load in their own chunk on first visit.
 */
export const lazyView = <M extends Record<string, unknown>, K extends keyof M>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
