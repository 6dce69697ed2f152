import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '@manager/api-core';
import { clientUseOf, selectedClientsOf } from './manage/api-token-read';
import type { ApiTokenClient, ApiTokenClientUse } from './manage/api-token.types';

/** A page of tokens costs one statement per field, whatever its size. Rows only: the lists were checked. */
export function createTokenLoaders(dataSource: DataSource, _actor: Actor | null) {
  return {
    selectedClients: new DataLoader<string, ApiTokenClient[]>(async (ids) => {
      const byToken = await selectedClientsOf(dataSource, ids);
      return ids.map((id) => byToken.get(id) ?? []);
    }),
    clientUse: new DataLoader<string, ApiTokenClientUse[]>(async (ids) => {
      const byToken = await clientUseOf(dataSource, ids);
      return ids.map((id) => byToken.get(id) ?? []);
    }),
  };
}
export type TokenLoaders = ReturnType<typeof createTokenLoaders>;

declare module '@manager/api-core' {
  interface Loaders {
    tokens: TokenLoaders;
  }
}

export function tokenLoaders(ctx: RequestContext): TokenLoaders {
  return ctx.loaders.tokens;
}
