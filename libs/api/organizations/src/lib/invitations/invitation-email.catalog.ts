import { defineCatalog } from '@manager/api-core';

/** The MEMBER_INVITATION email, in the invitee's language. `{role}` is the invitation's role code. */
export const invitationEmailMessages = defineCatalog('member-invitation-email', {
  en: {
    subject: '{inviter} invited you to join {organization}',
    someone: 'Someone',
    hello: 'Hello,',
    invited:
      '{inviter} invited you to join {organization} on the Manager as {role, select, ADMIN {Administrator} USER {User} EXTERNAL {External} other {Legal responsible}}.',
    openLink: 'Accept the invitation by opening this link (it works once, until {until}):',
    button: 'Accept the invitation',
    small: 'The link works once, until {until}. If the button does not work, copy this address into your browser:',
    ignoreText: 'If you did not expect this invitation, ignore this email: nothing happens until the link is opened.',
    ignoreHtml: 'If you did not expect this invitation, ignore this email.',
  },
  fr: {
    subject: '{inviter} vous invite à rejoindre {organization}',
    someone: 'Quelqu’un',
    hello: 'Bonjour,',
    invited:
      '{inviter} vous invite à rejoindre {organization} sur le Manager avec le rôle {role, select, ADMIN {Administrateur} USER {Membre} EXTERNAL {Membre externe} other {Responsable légal}}.',
    openLink: 'Acceptez l’invitation en ouvrant ce lien (il ne fonctionne qu’une fois, jusqu’au {until}) :',
    button: 'Accepter l’invitation',
    small: 'Le lien ne fonctionne qu’une fois, jusqu’au {until}. Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
    ignoreText: 'Si vous n’attendiez pas cette invitation, ignorez cet e-mail : rien ne se passe tant que le lien n’est pas ouvert.',
    ignoreHtml: 'Si vous n’attendiez pas cette invitation, ignorez cet e-mail.',
  },
  de: {
    subject: '{inviter} hat Sie eingeladen, {organization} beizutreten',
    someone: 'Jemand',
    hello: 'Guten Tag',
    invited:
      '{inviter} hat Sie eingeladen, {organization} im Manager als {role, select, ADMIN {Administrator} USER {Mitglied} EXTERNAL {externes Mitglied} other {Rechtlicher Vertreter}} beizutreten.',
    openLink: 'Nehmen Sie die Einladung an, indem Sie diesen Link öffnen (er funktioniert einmal, bis am {until}):',
    button: 'Einladung annehmen',
    small: 'Der Link funktioniert einmal, bis am {until}. Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    ignoreText: 'Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese E-Mail: Es geschieht nichts, solange der Link nicht geöffnet wird.',
    ignoreHtml: 'Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese E-Mail.',
  },
  it: {
    subject: '{inviter} La invita a unirsi a {organization}',
    someone: 'Qualcuno',
    hello: 'Buongiorno,',
    invited:
      '{inviter} La invita a unirsi a {organization} sul Manager come {role, select, ADMIN {Amministratore} USER {Membro} EXTERNAL {Membro esterno} other {Responsabile legale}}.',
    openLink: 'Accetti l’invito aprendo questo link (funziona una sola volta, fino al {until}):',
    button: 'Accettare l’invito',
    small: 'Il link funziona una sola volta, fino al {until}. Se il pulsante non funziona, copi questo indirizzo nel browser:',
    ignoreText: 'Se non si aspettava questo invito, ignori questa e-mail: non succede nulla finché il link non viene aperto.',
    ignoreHtml: 'Se non si aspettava questo invito, ignori questa e-mail.',
  },
});
