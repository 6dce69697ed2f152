import { Pipe, PipeTransform } from '@angular/core';
import { humanizeEnum } from '@manager/web-ui';

/**
 * A role's name as people read it, in their language (the reference Manager's words: Legal
 * responsible, Administrator…). A role the API added before we named it reads as its words.
 *
 * @example memberRoleName('LEGAL_RESPONSIBLE') // "Legal responsible"
 */
export function memberRoleName(role: string): string {
  switch (role) {
    case 'LEGAL_RESPONSIBLE':
      return $localize`:@@members.role.legalResponsible:Legal responsible`;
    case 'ADMIN':
      return $localize`:@@members.role.admin:Administrator`;
    case 'USER':
      return $localize`:@@members.role.user:User`;
    case 'EXTERNAL':
      return $localize`:@@members.role.external:External`;
    default:
      return humanizeEnum(role);
  }
}

/** `{{ member.role | memberRole }}` → "Administrator". */
@Pipe({ name: 'memberRole' })
export class MemberRolePipe implements PipeTransform {
  transform(role: string): string {
    return memberRoleName(role);
  }
}

/** "Ada is now Administrator.": one sentence per role, so each language can word it its own way. */
export function roleChangedMessage(name: string, role: string): string {
  switch (role) {
    case 'ADMIN':
      return $localize`:@@members.roleChanged.admin:${name}:name: is now Administrator.`;
    case 'USER':
      return $localize`:@@members.roleChanged.user:${name}:name: is now User.`;
    case 'EXTERNAL':
      return $localize`:@@members.roleChanged.external:${name}:name: is now External.`;
    default:
      return $localize`:@@members.roleChanged.other:${name}:name: is now ${memberRoleName(role)}:role:.`;
  }
}
