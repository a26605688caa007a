import { DOCUMENT } from '@angular/common';
import { afterNextRender, DestroyRef, inject, Injector } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

/** The path of a router URL, without query string or fragment. */
export function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}

/**
 * After each navigation to a new path (not the first page load, not query-only changes such as
 * filters), moves focus to the page's h1 so screen-reader users hear where they landed.
 * Call from a component constructor.
 */
export function focusHeadingOnNavigation(): void {
  const router = inject(Router);
  const injector = inject(Injector);
  const document = inject(DOCUMENT);
  let previous: string | null = null;
  const subscription = router.events.subscribe((event) => {
    if (!(event instanceof NavigationEnd)) return;
    const path = pathOf(event.urlAfterRedirects);
    const moved = previous !== null && previous !== path;
    previous = path;
    if (!moved) return;
    afterNextRender(() => document.querySelector<HTMLElement>('main h1')?.focus(), { injector });
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}
