import { InvitationsResolver, OrganizationInvitationsResolver } from '../invitations/invitations.resolver';
import { MemberInvitation } from '../invitations/member-invitation.entity';
import { MembershipProductGrant } from '../membership-product-grant.entity';
import { CreateMemberInvitations1764170006000 } from '../migrations/1764170006000-CreateMemberInvitations';
import { MembersMutationResolver, MembershipConnectionResolver, MembershipPersonResolver, OrganizationMembersResolver } from './members.resolver';

/** Members, roles, product grants and invitations: what this part of the context adds to the library's lists. */
export const memberEntities = [MemberInvitation, MembershipProductGrant];
export const memberMigrations = [CreateMemberInvitations1764170006000];
export const memberResolvers = [
  OrganizationMembersResolver,
  MembershipConnectionResolver,
  MembershipPersonResolver,
  MembersMutationResolver,
  OrganizationInvitationsResolver,
  InvitationsResolver,
] as const;
