import { Arg, Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { ConnectionType, type RequestContext } from '@manager/api-core';
import { Organization } from '@manager/api-organizations';
import { DpaCertificate } from './dpa-certificate.entity';
import { dpaCertificatePage } from './dpa-certificate.service';

@ObjectType()
export class DpaCertificateConnection extends ConnectionType(DpaCertificate, 'DpaCertificate') {}

@Resolver(() => Organization)
export class DpaCertificateResolver {
  /** Who generated which version when. Legal responsible and administrators only; NOT_FOUND for everyone else, partners included. */
  @FieldResolver(() => DpaCertificateConnection, { description: 'The data processing agreements generated for the organization, newest first (legal responsible and administrators).' })
  async dataProcessingAgreements(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<DpaCertificateConnection> {
    return Object.assign(new DpaCertificateConnection(), await dpaCertificatePage(ctx, organization.id, first, after ?? null));
  }
}
