import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Billing (issue 5): wallets and their ledger, top-up payments, orders, invoices with a gapless
 * number per year, partner commissions.
 *
 * The database holds the invariants the services rely on, so that no bug can break them quietly:
 * - a wallet row per organization (created by trigger with the organization, and here for the
 *   existing ones); its balance never below zero; every ledger entry carries the balance after it;
 * - an entry's sign follows its kind (top-ups and commissions credit, payments debit);
 * - one invoice per order (`invoice.order_id` unique), numbers unique per year and formatted
 *   from (year, sequence); total = subtotal + VAT; the lines add up to the subtotal (checked at
 *   commit by a deferred constraint trigger, since lines are inserted after their invoice);
 * - one commission per order at most;
 * - an idempotency key is unique per placing user (orders) and per paying user (top-ups).
 * Amounts are integer minor units; balances are bigint (read as numbers: exact far beyond any
 * wallet this product will see).
 */
export class CreateBilling1764170008000 implements MigrationInterface {
  name = 'CreateBilling1764170008000';
  static readonly runsAfter = 'IndexManagedClients1764170007100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE wallet (
      organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      balance_minor bigint NOT NULL DEFAULT 0 CHECK (balance_minor >= 0),
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO wallet (organization_id, currency) SELECT id, currency FROM organization`);
    await q.query(`CREATE FUNCTION billing_create_wallet() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO wallet (organization_id, currency) VALUES (NEW.id, NEW.currency) ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER organization_wallet AFTER INSERT ON organization
      FOR EACH ROW EXECUTE FUNCTION billing_create_wallet()`);

    await q.query(`CREATE TABLE payment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      paid_by_user_id uuid NOT NULL REFERENCES app_user(id),
      amount_minor integer NOT NULL CHECK (amount_minor BETWEEN 100 AND 10000000),
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      provider text NOT NULL,
      provider_reference text NOT NULL,
      status text NOT NULL CHECK (status IN ('SUCCEEDED')),
      idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
      fingerprint text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (paid_by_user_id, idempotency_key),
      UNIQUE (provider, provider_reference)
    )`);
    await q.query(`CREATE INDEX payment_organization_idx ON payment (organization_id, created_at)`);

    await q.query(`CREATE TABLE customer_order (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('NEW_PRODUCT', 'RENEWAL')),
      client_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      client_name text NOT NULL,
      payer_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      placed_by_user_id uuid NOT NULL REFERENCES app_user(id),
      placed_by_name text NOT NULL,
      placed_by_partner_organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
      placed_by_partner_name text,
      product_id uuid REFERENCES product(id) ON DELETE SET NULL,
      product_name text NOT NULL,
      category text NOT NULL,
      renewal_date_before date,
      renewal_date_after date NOT NULL,
      pricing text NOT NULL CHECK (pricing IN
        ('CLIENT_DIRECT', 'PARTNER_FOR_PAYING_CLIENT', 'PARTNER_PAYS_PARTNER_ORDER', 'PARTNER_PAYS_CLIENT_ORDER')),
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      public_price_minor integer NOT NULL CHECK (public_price_minor >= 0),
      net_minor integer NOT NULL CHECK (net_minor >= 0),
      vat_minor integer NOT NULL CHECK (vat_minor >= 0),
      total_minor integer NOT NULL CHECK (total_minor = net_minor + vat_minor),
      idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
      fingerprint text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (placed_by_user_id, idempotency_key),
      CHECK ((kind = 'RENEWAL') = (renewal_date_before IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX customer_order_client_idx ON customer_order (client_organization_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX customer_order_payer_idx ON customer_order (payer_organization_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX customer_order_partner_idx ON customer_order (placed_by_partner_organization_id, created_at DESC, id DESC)
       WHERE placed_by_partner_organization_id IS NOT NULL`,
    );

    await q.query(`CREATE TABLE wallet_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      organization_id uuid NOT NULL REFERENCES wallet(organization_id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('TOP_UP', 'ORDER_PAYMENT', 'COMMISSION')),
      amount_minor integer NOT NULL,
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      balance_after_minor bigint NOT NULL CHECK (balance_after_minor >= 0),
      description text NOT NULL,
      order_id uuid REFERENCES customer_order(id) ON DELETE CASCADE,
      payment_id uuid REFERENCES payment(id) ON DELETE CASCADE,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (CASE kind
        WHEN 'TOP_UP' THEN amount_minor > 0 AND payment_id IS NOT NULL AND order_id IS NULL
        WHEN 'ORDER_PAYMENT' THEN amount_minor <= 0 AND order_id IS NOT NULL AND payment_id IS NULL
        WHEN 'COMMISSION' THEN amount_minor >= 0 AND order_id IS NOT NULL AND payment_id IS NULL
      END)
    )`);
    // The wallet's history, newest first (keyset paging on position).
    await q.query(`CREATE INDEX wallet_entry_organization_idx ON wallet_entry (organization_id, position DESC)`);
    await q.query(`CREATE INDEX wallet_entry_order_idx ON wallet_entry (order_id) WHERE order_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX wallet_entry_one_per_payment ON wallet_entry (payment_id) WHERE payment_id IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX wallet_entry_one_kind_per_order ON wallet_entry (order_id, kind) WHERE order_id IS NOT NULL`,
    );

    // Gapless numbering: the counter row of the year is locked FOR UPDATE by the transaction that
    // issues the invoice, so numbers follow commit order and a rollback gives its number back.
    await q.query(`CREATE TABLE invoice_counter (
      year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
      last_sequence integer NOT NULL CHECK (last_sequence >= 0)
    )`);
    await q.query(`CREATE TABLE invoice (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      number text NOT NULL UNIQUE,
      year integer NOT NULL,
      sequence integer NOT NULL CHECK (sequence >= 1),
      order_id uuid NOT NULL UNIQUE REFERENCES customer_order(id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      client_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      client_name text NOT NULL,
      customer_name text NOT NULL,
      customer_address text NOT NULL,
      customer_country char(2) NOT NULL,
      customer_vat_number text,
      vat_treatment text NOT NULL CHECK (vat_treatment IN ('SWISS_VAT', 'REVERSE_CHARGE', 'EU_CONSUMER_VAT', 'EXPORT')),
      vat_rate_bp integer NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
      vat_note text,
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      subtotal_minor integer NOT NULL CHECK (subtotal_minor >= 0),
      vat_minor integer NOT NULL CHECK (vat_minor >= 0),
      total_minor integer NOT NULL CHECK (total_minor = subtotal_minor + vat_minor),
      issued_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (year, sequence),
      CHECK (number = year::text || '-' || lpad(sequence::text, 6, '0'))
    )`);
    await q.query(`CREATE INDEX invoice_organization_idx ON invoice (organization_id, issued_at DESC, id DESC)`);
    await q.query(`CREATE INDEX invoice_client_idx ON invoice (client_organization_id, organization_id, issued_at DESC, id DESC)`);
    await q.query(`CREATE TABLE invoice_line (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      invoice_id uuid NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position >= 1),
      description text NOT NULL,
      quantity integer NOT NULL CHECK (quantity >= 1),
      unit_price_minor integer NOT NULL CHECK (unit_price_minor >= 0),
      amount_minor integer NOT NULL CHECK (amount_minor = quantity * unit_price_minor),
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      UNIQUE (invoice_id, position)
    )`);
    await q.query(`CREATE FUNCTION billing_check_invoice_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        inv invoice%ROWTYPE;
        lines_total bigint;
      BEGIN
        SELECT * INTO inv FROM invoice WHERE id = NEW.id;
        IF NOT FOUND THEN RETURN NULL; END IF;
        SELECT coalesce(sum(amount_minor), 0) INTO lines_total FROM invoice_line WHERE invoice_id = inv.id;
        IF lines_total <> inv.subtotal_minor THEN
          RAISE EXCEPTION 'invoice % lines add up to %, not its subtotal %', inv.number, lines_total, inv.subtotal_minor
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER invoice_lines_add_up AFTER INSERT OR UPDATE ON invoice
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing_check_invoice_lines()`);

    await q.query(`CREATE TABLE commission (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL UNIQUE REFERENCES customer_order(id) ON DELETE CASCADE,
      partner_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      client_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      client_name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('CASHBACK', 'REBATE', 'REIMBURSEMENT')),
      rate_bp integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
      currency text NOT NULL CHECK (currency IN ('CHF', 'EUR')),
      base_minor integer NOT NULL CHECK (base_minor >= 0),
      amount_minor integer NOT NULL CHECK (amount_minor >= 0),
      created_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX commission_partner_idx ON commission (partner_organization_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE commission`);
    await q.query(`DROP TABLE invoice_line`);
    await q.query(`DROP TABLE invoice`);
    await q.query(`DROP FUNCTION billing_check_invoice_lines()`);
    await q.query(`DROP TABLE invoice_counter`);
    await q.query(`DROP TABLE wallet_entry`);
    await q.query(`DROP TABLE customer_order`);
    await q.query(`DROP TABLE payment`);
    await q.query(`DROP TRIGGER organization_wallet ON organization`);
    await q.query(`DROP FUNCTION billing_create_wallet()`);
    await q.query(`DROP TABLE wallet`);
  }
}
