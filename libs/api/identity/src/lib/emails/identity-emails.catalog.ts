import { defineCatalog } from '@manager/api-core';

/**
 * The identity context's emails (new device, password reset, password changed), in the
 * recipient's language. `{account}`, `{device}` and `{name}` are inserted as given (escaped and
 * in bold in the HTML part).
 */
export const identityEmails = defineCatalog('identity-emails', {
  en: {
    hello: 'Hello {name},',
    ifYou: 'If this was you, there is nothing more to do.',
    newDeviceSubject: 'New sign-in to your Manager account',
    newDeviceSignedIn: 'Your Manager account {account} was logged in to from {device} on {at}.',
    newDeviceIfNot: 'If it was not, log that device out and change your password:',
    newDeviceButton: 'Review your sessions',
    resetSubject: 'Set a new password for your Manager account',
    resetAsked: 'Someone (we hope you) asked to set a new password for the Manager account {account}.',
    resetOpen: 'Open this link to choose it (it works once, for {minutes} minutes):',
    resetButton: 'Choose a new password',
    resetSmall: 'The link works once, for {minutes} minutes. If the button does not work, copy this address into your browser:',
    resetIgnore: 'If you did not ask for this, ignore this email: your password stays as it is.',
    changedSubject: 'Your Manager password was changed',
    changedText:
      'The password of your Manager account {account} was changed on {at}, {how, select, RESET {with a reset link sent to this address. Every device that was logged in has been logged out.} other {from the account’s security page. Every other device that was logged in has been logged out.}}',
    changedIfNot: 'If it was not, set a new password at once and tell your organization’s administrator:',
    changedButton: 'Set a new password',
  },
  fr: {
    hello: 'Bonjour {name},',
    ifYou: 'Si c’était vous, vous n’avez rien d’autre à faire.',
    newDeviceSubject: 'Nouvelle connexion à votre compte Manager',
    newDeviceSignedIn: 'Une connexion à votre compte Manager {account} a eu lieu depuis {device} le {at}.',
    newDeviceIfNot: 'Si ce n’était pas vous, déconnectez cet appareil et changez votre mot de passe :',
    newDeviceButton: 'Vérifier vos sessions',
    resetSubject: 'Choisissez un nouveau mot de passe pour votre compte Manager',
    resetAsked: 'Quelqu’un (vous, nous l’espérons) a demandé à choisir un nouveau mot de passe pour le compte Manager {account}.',
    resetOpen: 'Ouvrez ce lien pour le choisir (il ne fonctionne qu’une fois, pendant {minutes} minutes) :',
    resetButton: 'Choisir un nouveau mot de passe',
    resetSmall: 'Le lien ne fonctionne qu’une fois, pendant {minutes} minutes. Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
    resetIgnore: 'Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.',
    changedSubject: 'Le mot de passe de votre compte Manager a été modifié',
    changedText:
      'Le mot de passe de votre compte Manager {account} a été modifié le {at}, {how, select, RESET {au moyen d’un lien de réinitialisation envoyé à cette adresse. Tous les appareils connectés ont été déconnectés.} other {depuis la page de sécurité du compte. Tous les autres appareils connectés ont été déconnectés.}}',
    changedIfNot: 'Si ce n’était pas vous, choisissez immédiatement un nouveau mot de passe et prévenez l’administrateur de votre organisation :',
    changedButton: 'Choisir un nouveau mot de passe',
  },
  de: {
    hello: 'Guten Tag {name}',
    ifYou: 'Wenn Sie das waren, müssen Sie nichts weiter tun.',
    newDeviceSubject: 'Neue Anmeldung bei Ihrem Manager-Konto',
    newDeviceSignedIn: 'Bei Ihrem Manager-Konto {account} hat sich am {at} jemand von {device} aus angemeldet.',
    newDeviceIfNot: 'Wenn Sie es nicht waren, melden Sie dieses Gerät ab und ändern Sie Ihr Passwort:',
    newDeviceButton: 'Sitzungen überprüfen',
    resetSubject: 'Neues Passwort für Ihr Manager-Konto festlegen',
    resetAsked: 'Jemand (hoffentlich Sie) hat verlangt, ein neues Passwort für das Manager-Konto {account} festzulegen.',
    resetOpen: 'Öffnen Sie diesen Link, um es zu wählen (er funktioniert einmal, während {minutes} Minuten):',
    resetButton: 'Neues Passwort wählen',
    resetSmall: 'Der Link funktioniert einmal, während {minutes} Minuten. Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    resetIgnore: 'Wenn Sie das nicht verlangt haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
    changedSubject: 'Ihr Manager-Passwort wurde geändert',
    changedText:
      'Das Passwort Ihres Manager-Kontos {account} wurde am {at} geändert, {how, select, RESET {über einen an diese Adresse gesendeten Link zum Zurücksetzen. Alle angemeldeten Geräte wurden abgemeldet.} other {auf der Sicherheitsseite des Kontos. Alle anderen angemeldeten Geräte wurden abgemeldet.}}',
    changedIfNot: 'Wenn Sie es nicht waren, legen Sie sofort ein neues Passwort fest und benachrichtigen Sie den Administrator Ihrer Organisation:',
    changedButton: 'Neues Passwort festlegen',
  },
  it: {
    hello: 'Buongiorno {name},',
    ifYou: 'Se è stato Lei, non deve fare nient’altro.',
    newDeviceSubject: 'Nuovo accesso al Suo account Manager',
    newDeviceSignedIn: 'È stato effettuato un accesso al Suo account Manager {account} da {device} il {at}.',
    newDeviceIfNot: 'Se non è stato Lei, disconnetta quel dispositivo e cambi la password:',
    newDeviceButton: 'Verificare le sessioni',
    resetSubject: 'Impostare una nuova password per il Suo account Manager',
    resetAsked: 'Qualcuno (speriamo Lei) ha chiesto di impostare una nuova password per l’account Manager {account}.',
    resetOpen: 'Apra questo link per sceglierla (funziona una sola volta, per {minutes} minuti):',
    resetButton: 'Scegliere una nuova password',
    resetSmall: 'Il link funziona una sola volta, per {minutes} minuti. Se il pulsante non funziona, copi questo indirizzo nel browser:',
    resetIgnore: 'Se non ha chiesto nulla, ignori questa e-mail: la password resta invariata.',
    changedSubject: 'La password del Suo account Manager è stata modificata',
    changedText:
      'La password del Suo account Manager {account} è stata modificata il {at}, {how, select, RESET {tramite un link di reimpostazione inviato a questo indirizzo. Tutti i dispositivi connessi sono stati disconnessi.} other {dalla pagina di sicurezza dell’account. Tutti gli altri dispositivi connessi sono stati disconnessi.}}',
    changedIfNot: 'Se non è stato Lei, imposti subito una nuova password e avvisi l’amministratore della Sua organizzazione:',
    changedButton: 'Impostare una nuova password',
  },
});
