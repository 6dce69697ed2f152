/**
 * The general terms of use a person accepts when creating an organization and again each time
 * they save its details. Changing the text means a new version: the API then refuses the old one,
 * so everyone reads and accepts the new terms on their next save.
 */
export const CURRENT_TERMS_VERSION = '2026-12-01';

export const TERMS_OF_USE_TITLE = 'General terms of use';

/**
 * Plain text, paragraphs separated by a blank line. Written for this project as an example, not
 * legal advice: a real operator replaces it with its own terms (and a new version).
 */
export const TERMS_OF_USE_TEXT = `These general terms of use apply between the operator of the Manager and every organization that uses it, and to every person who acts for one.

1. Scope. These terms govern the use of the Manager and of the hosting services (web hosting, mail, domains, storage, servers and the like) that an organization orders through it. By creating an organization or saving its details, the person acting confirms that they may bind the organization and accepts these terms on its behalf.

2. Accounts and organizations. Each person logs in with their own account and keeps their password secret. The legal responsible of an organization answers for the accuracy of its name, country, VAT number and billing addresses, and for the people they invite and the roles they give them.

3. Acceptable use. The services must not be used to break the law, to send unsolicited bulk email, to distribute malware, or to harm the integrity and availability of our network or of other customers. We may suspend a service that puts others at risk, and will say why.

4. Prices, invoices and VAT. Prices are those shown when a product is ordered or renewed. Invoices are issued to the paying organization and are due within 30 days. VAT is charged according to the organization's country and VAT status; an incorrect VAT number may lead to a corrected invoice.

5. Data protection. We process personal data only to provide the services, as described in the data processing agreement. Customer data stays in our data centres and is deleted after the end of the contract and the legal retention periods.

6. Liability and changes. We operate the services with due care but do not guarantee that they are never interrupted. These terms may change; the new version is shown before it applies and must be accepted on the next save of the organization's details.`;

/** What a client reads: `Query.termsOfUse`. */
export interface TermsOfUse {
  readonly version: string;
  readonly title: string;
  readonly text: string;
}

export const CURRENT_TERMS_OF_USE: TermsOfUse = Object.freeze({
  version: CURRENT_TERMS_VERSION,
  title: TERMS_OF_USE_TITLE,
  text: TERMS_OF_USE_TEXT,
});
