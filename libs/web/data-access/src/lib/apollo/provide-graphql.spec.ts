import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { SessionCache } from '../session/session-cache';
import { provideGraphql } from './provide-graphql';

describe('provideGraphql', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([]), provideGraphql('/graphql')] }));

  it('creates one Apollo client without a circular injection', () => {
    const apollo = TestBed.inject(Apollo);
    expect(apollo.client).toBeDefined();
    expect(TestBed.inject(Apollo)).toBe(apollo);
  });

  it('lets the signed-out pages clear its store through SessionCache when a session starts', async () => {
    const apollo = TestBed.inject(Apollo);
    const clearStore = jest.spyOn(apollo.client, 'clearStore');
    await TestBed.inject(SessionCache).clear();
    expect(clearStore).toHaveBeenCalledTimes(1);
  });
});
