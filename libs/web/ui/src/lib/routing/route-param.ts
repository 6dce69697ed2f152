import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

/**
 * A path parameter of this route or any parent (`orgId` from `/org/:orgId/...`), as a signal.
 * Component input binding gives only the route's own parameters to child pages.
 */
export function injectRouteParam(name: string): Signal<string> {
  const route = inject(ActivatedRoute);
  const read = (): string => {
    for (const r of [...route.pathFromRoot].reverse()) {
      const value = r.snapshot.paramMap.get(name);
      if (value) return value;
    }
    return '';
  };
  return toSignal(route.params.pipe(map(read)), { initialValue: read() });
}
