import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';
import { Membership } from '../membership.entity';

@ObjectType()
export class MembershipConnection extends ConnectionType(Membership, 'Membership') {
  /** The organization whose members these are: lets `totalCount` batch per organization. */
  organizationId!: string;
}
