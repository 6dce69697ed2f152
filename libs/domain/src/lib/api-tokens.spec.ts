import {
  API_TOKEN_PATTERN,
  ApiScopeResource,
  DEFAULT_API_TOKEN_SCOPES,
  PERMISSION_SCOPES,
  scopeAllows,
  tokenPermissions,
  tokenReads,
} from './api-tokens';
import { Permission, ROLE_PERMISSIONS } from './permissions';

describe('API token scopes', () => {
  it('maps every permission to the scope a token needs (the table below is the decision)', () => {
    const table = Object.fromEntries(
      Object.values(Permission).map((p) => [p, `${PERMISSION_SCOPES[p].resources.join('|')}:${PERMISSION_SCOPES[p].level}`]),
    );
    expect(table).toEqual({
      ORGANIZATION_UPDATE: 'ORGANIZATIONS:WRITE',
      MEMBERS_READ: 'MEMBERS:READ',
      MEMBERS_MANAGE: 'MEMBERS:WRITE',
      LEGAL_RESPONSIBILITY_TRANSFER: 'MEMBERS:WRITE',
      AUDIT_READ: 'ORGANIZATIONS:READ',
      PARTNERS_MANAGE: 'PARTNERSHIPS:WRITE',
      CLIENTS_MANAGE: 'PARTNERSHIPS:WRITE',
      ORDERS_PLACE: 'ORDERS:WRITE',
      PRODUCTS_RENEW: 'ORDERS:WRITE',
      BILLING_READ: 'INVOICES|WALLET|COMMISSIONS:READ',
      BILLING_MANAGE: 'WALLET:WRITE',
    });
  });

  it('WRITE includes READ, READ never WRITE, an absent resource nothing', () => {
    expect(scopeAllows({ ORDERS: 'WRITE' }, 'ORDERS', 'READ')).toBe(true);
    expect(scopeAllows({ ORDERS: 'READ' }, 'ORDERS', 'WRITE')).toBe(false);
    expect(scopeAllows({ ORDERS: 'WRITE' }, 'WALLET', 'READ')).toBe(false);
  });

  it('narrows permissions, never widens them', () => {
    expect(tokenPermissions(ROLE_PERMISSIONS.ADMIN, { ORDERS: 'WRITE' })).toEqual(['ORDERS_PLACE', 'PRODUCTS_RENEW']);
    expect(tokenPermissions(ROLE_PERMISSIONS.USER, { ORDERS: 'WRITE', MEMBERS: 'WRITE' })).toEqual(['MEMBERS_READ']);
    expect(tokenPermissions(ROLE_PERMISSIONS.ADMIN, { WALLET: 'READ' })).toEqual(['BILLING_READ']);
    expect(tokenPermissions(ROLE_PERMISSIONS.LEGAL_RESPONSIBLE, {})).toEqual([]);
  });

  it('reads everything and writes nothing by default', () => {
    expect(tokenReads(DEFAULT_API_TOKEN_SCOPES)).toEqual(Object.values(ApiScopeResource));
    const writes = Object.values(Permission).filter((p) => PERMISSION_SCOPES[p].level === 'WRITE');
    expect(tokenPermissions(writes, DEFAULT_API_TOKEN_SCOPES)).toEqual([]);
  });

  it('documents a scanner pattern that matches both kinds and nothing shorter', () => {
    const body = 'A'.repeat(54);
    expect(API_TOKEN_PATTERN.test(`token=mgro_${body}`)).toBe(true);
    expect(API_TOKEN_PATTERN.test(`mgrp_${body}`)).toBe(true);
    expect(API_TOKEN_PATTERN.test(`mgrx_${body}`)).toBe(false);
    expect(API_TOKEN_PATTERN.test(`mgro_${body.slice(1)}`)).toBe(false);
  });
});
