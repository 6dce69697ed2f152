import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { provideGraphql } from './provide-graphql';

describe('provideGraphql', () => {
  it('creates one Apollo client without a circular injection', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideGraphql('/graphql')] });
    const apollo = TestBed.inject(Apollo);
    expect(apollo.client).toBeDefined();
    expect(TestBed.inject(Apollo)).toBe(apollo);
  });
});
