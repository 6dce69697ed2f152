import { defineCatalog } from '@manager/api-core';
import { EXPORT_COLUMNS, type ExportColumn, type ExportType, isLanguage, type Language } from '@manager/domain';

/**
 * The header row of the CSV exports in each language. The columns themselves (their keys, order
 * and cells) are the domain's fixed, versioned lists (`EXPORT_COLUMNS`); only the labels of the
 * first row follow the reader, so that a script can map columns by position whatever the language.
 * English is the domain's own headers, unchanged. A header is a PostgreSQL column alias: at most
 * 63 bytes (the API's tests check it).
 */
const ENGLISH: Record<string, string> = Object.fromEntries(
  Object.values(EXPORT_COLUMNS).flatMap(({ columns }) => columns.map((column) => [column.key, column.header])),
);

export const exportHeaderLabels = defineCatalog<string>('export-headers', {
  en: ENGLISH,
  fr: {
    amount: 'Montant',
    balance_after: 'Solde après',
    base: 'Montant de base',
    category: 'Catégorie',
    charged: 'Montant facturé',
    charged_to: 'Facturé à',
    charged_to_id: 'ID facturé à',
    client: 'Client',
    client_id: 'ID client',
    commission: 'Commission',
    commission_id: 'ID commission',
    currency: 'Devise',
    date: 'Date',
    description: 'Description',
    invoice_date: 'Date de facture',
    invoice_id: 'ID facture',
    invoice_number: 'Numéro de facture',
    kind: 'Type',
    line: 'Ligne',
    movement_id: 'ID mouvement',
    net: 'Net',
    order_date: 'Date de commande',
    order_id: 'ID commande',
    payer: 'Payeur',
    payer_country: 'Pays du payeur',
    payer_id: 'ID payeur',
    payer_vat_number: 'Numéro de TVA du payeur',
    period_end: 'Fin de période',
    period_start: 'Début de période',
    placed_by: 'Passée par',
    placed_by_partner: 'Passée par le partenaire',
    placed_by_partner_id: 'ID partenaire ayant passé',
    pricing: 'Tarification',
    product: 'Produit',
    public_price: 'Prix public',
    quantity: 'Quantité',
    rate: 'Taux (%)',
    total: 'Total',
    vat: 'TVA',
    vat_rate: 'Taux de TVA (%)',
    vat_treatment: 'Régime de TVA',
  },
  de: {
    amount: 'Betrag',
    balance_after: 'Saldo danach',
    base: 'Basisbetrag',
    category: 'Kategorie',
    charged: 'Belasteter Betrag',
    charged_to: 'Belastet bei',
    charged_to_id: 'ID belastet bei',
    client: 'Kunde',
    client_id: 'Kunden-ID',
    commission: 'Kommission',
    commission_id: 'Kommissions-ID',
    currency: 'Währung',
    date: 'Datum',
    description: 'Beschreibung',
    invoice_date: 'Rechnungsdatum',
    invoice_id: 'Rechnungs-ID',
    invoice_number: 'Rechnungsnummer',
    kind: 'Art',
    line: 'Position',
    movement_id: 'Bewegungs-ID',
    net: 'Netto',
    order_date: 'Bestelldatum',
    order_id: 'Bestell-ID',
    payer: 'Zahler',
    payer_country: 'Land des Zahlers',
    payer_id: 'Zahler-ID',
    payer_vat_number: 'MWST-Nummer des Zahlers',
    period_end: 'Periodenende',
    period_start: 'Periodenbeginn',
    placed_by: 'Aufgegeben von',
    placed_by_partner: 'Aufgegeben vom Partner',
    placed_by_partner_id: 'ID des aufgebenden Partners',
    pricing: 'Preisgestaltung',
    product: 'Produkt',
    public_price: 'Öffentlicher Preis',
    quantity: 'Menge',
    rate: 'Satz (%)',
    total: 'Total',
    vat: 'MWST',
    vat_rate: 'MWST-Satz (%)',
    vat_treatment: 'MWST-Behandlung',
  },
  it: {
    amount: 'Importo',
    balance_after: 'Saldo dopo',
    base: 'Importo di base',
    category: 'Categoria',
    charged: 'Importo addebitato',
    charged_to: 'Addebitato a',
    charged_to_id: 'ID addebitato a',
    client: 'Cliente',
    client_id: 'ID cliente',
    commission: 'Commissione',
    commission_id: 'ID commissione',
    currency: 'Valuta',
    date: 'Data',
    description: 'Descrizione',
    invoice_date: 'Data fattura',
    invoice_id: 'ID fattura',
    invoice_number: 'Numero fattura',
    kind: 'Tipo',
    line: 'Riga',
    movement_id: 'ID movimento',
    net: 'Netto',
    order_date: 'Data ordine',
    order_id: 'ID ordine',
    payer: 'Pagatore',
    payer_country: 'Paese del pagatore',
    payer_id: 'ID pagatore',
    payer_vat_number: 'Numero IVA del pagatore',
    period_end: 'Fine periodo',
    period_start: 'Inizio periodo',
    placed_by: 'Effettuato da',
    placed_by_partner: 'Effettuato dal partner',
    placed_by_partner_id: 'ID del partner che ha effettuato',
    pricing: 'Tariffazione',
    product: 'Prodotto',
    public_price: 'Prezzo pubblico',
    quantity: 'Quantità',
    rate: 'Aliquota (%)',
    total: 'Totale',
    vat: 'IVA',
    vat_rate: 'Aliquota IVA (%)',
    vat_treatment: 'Regime IVA',
  },
});

/** A column's header in `language`. */
export function exportHeader(language: Language, column: ExportColumn): string {
  return exportHeaderLabels.t(language, column.key);
}

/** The header row of `type` in `language`, in file order. */
export function localizedExportHeaders(type: ExportType, language: Language): string[] {
  return EXPORT_COLUMNS[type].columns.map((column) => exportHeader(language, column));
}

/** The language of a locale tag (`fr-CH` → fr), when it is one the Manager speaks. */
export function languageOfLocale(locale: string | null | undefined): Language | null {
  const primary = locale?.split('-')[0]?.toLowerCase();
  return isLanguage(primary) ? primary : null;
}
