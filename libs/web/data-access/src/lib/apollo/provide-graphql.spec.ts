import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { LogoutDocument } from '../generated/graphql';
import { GraphqlClient } from '../light/graphql-client';
import { SessionCache } from '../session/session-cache';
import { injectorWithApollo, provideGraphql } from './provide-graphql';

describe('provideGraphql', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([]), provideGraphql()] }));

  it('creates one Apollo client without a circular injection', () => {
    const apollo = TestBed.inject(Apollo);
    expect(apollo.client).toBeDefined();
    expect(TestBed.inject(Apollo)).toBe(apollo);
  });

  it('hands every group of routes the same client, and a dialog too: one cache for the app', () => {
    const root = TestBed.inject(EnvironmentInjector);
    const members = createEnvironmentInjector([provideGraphql()], root);
    const billing = createEnvironmentInjector([provideGraphql()], root);
    expect(members.get(Apollo).client).toBe(billing.get(Apollo).client);
    expect(injectorWithApollo(root).get(Apollo).client).toBe(members.get(Apollo).client);
  });

  it('lets the signed-out pages clear its store through SessionCache when a session starts', async () => {
    const apollo = TestBed.inject(Apollo);
    const clearStore = jest.spyOn(apollo.client, 'clearStore');
    await TestBed.inject(SessionCache).clear();
    expect(clearStore).toHaveBeenCalledTimes(1);
  });

  it('announces every mutation answered, so the shell (which reads without Apollo) reads again', async () => {
    const original = global.fetch;
    // jsdom has no Response: the parts Apollo's HttpLink reads.
    const body = JSON.stringify({ data: { logout: { __typename: 'LogoutPayload', success: true } } });
    global.fetch = jest.fn(() =>
      Promise.resolve({ ok: true, status: 200, headers: { get: () => 'application/json' }, text: () => Promise.resolve(body) }),
    ) as unknown as typeof fetch;
    try {
      const changes = TestBed.inject(GraphqlClient).changes;
      await new Promise<void>((done) => TestBed.inject(Apollo).mutate({ mutation: LogoutDocument }).subscribe({ complete: done }));
      expect(changes()).toBe(1);
    } finally {
      global.fetch = original;
    }
  });
});
