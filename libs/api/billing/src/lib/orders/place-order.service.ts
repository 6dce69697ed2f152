import {
  badUserInput,
  conflict,
  forbidden,
  notFound,
  readsBilling,
  seesProduct,
  type OrganizationAccess,
  recordAuditEvent,
  requireActor,
  requireOrganizationAccess,
  type RequestContext,
  type TxContext,
  inTransaction,
} from '@manager/api-core';
import {
  type AuditMoney,
  findNewProductOffer,
  type NewProductOffer,
  type OrderLine,
  type OrderPayment,
  type PartnerRates,
  type PriceList,
  priceIn,
  priceOrder,
  type ProductCategory,
  vatAmount,
  vatFor,
} from '@manager/domain';
import { createOrderedProduct, lockProductToRenew, renewProduct } from '@manager/api-catalog';
import { userDisplayNames } from '@manager/api-identity';
import { organizationBillingProfiles, type OrganizationBillingProfile } from '@manager/api-organizations';
import { lockPartnershipsForOrder, type OrderPartnership } from '@manager/api-partners';
import { formatAmount } from '../billing-format';
import { fingerprint, lockIdempotencyKey } from '../billing-idempotency';
import { Commission } from '../commissions/commission.entity';
import { creditCommission } from '../commissions/credit-commission';
import { Invoice } from '../invoices/invoice.entity';
import { issueInvoice } from '../invoices/issue-invoice';
import { lockWallets, postToWallet } from '../wallet/wallet-ledger';
import { Wallet } from '../wallet/wallet.entity';
import { Order } from './order.entity';
import type { PlaceOrderInput, PlaceOrderPayload } from './place-order.input';

/**
 * placeOrder: a new product or a renewal for a client organization, in ONE transaction:
 * the order, the product (created, or its renewal date moved one year on), the payer's wallet
 * debited by the invoice total, the invoice to the payer, the partner's commission credited to
 * its wallet, audit events. Any refusal writes nothing.
 *
 * Who pays follows the billing owner, decided inside the transaction with the client's live
 * partnerships locked FOR SHARE (a billing-owner change waits for the order, or the order for it):
 * the partner of an ACTIVE COMPLETE partnership billed to the PARTNER, else the client.
 * Prices and commissions: libs/domain pricing.ts; VAT: vat-rules.ts (the payer's country, entity
 * type and VAT number); amounts in the payer's wallet currency.
 *
 * Who may order: the client's legal responsible and administrators (ORDERS_PLACE); partners with
 * COMPLETE access (new products and renewals); partners with LIMITED access renew the products
 * in their scope only (PRODUCTS_RENEW). A product out of the actor's reach is NOT_FOUND.
 */
export async function placeOrder(ctx: RequestContext, input: PlaceOrderInput): Promise<PlaceOrderPayload> {
  const actor = requireActor(ctx);
  const request = checkOrderShape(input);
  const access = await requireOrganizationAccess(ctx, input.organizationId);
  if (request.kind === 'NEW_PRODUCT' && !access.permissions.includes('ORDERS_PLACE')) {
    throw forbidden('Your access to this organization does not allow ordering new products.');
  }
  if (request.kind === 'RENEWAL' && !access.permissions.includes('PRODUCTS_RENEW')) {
    // Refused openly only for a product the actor sees; any other is NOT_FOUND, like a made-up id.
    if (!(await seesProduct(ctx, input.organizationId, request.productId))) throw notFound('Product');
    throw forbidden('Your access to this organization does not allow renewing products.');
  }
  const print = fingerprint({
    organizationId: input.organizationId,
    kind: request.kind,
    productId: request.kind === 'RENEWAL' ? request.productId : null,
    offer: request.kind === 'NEW_PRODUCT' ? { category: request.offer.category, name: request.offer.name } : null,
  });

  const placed = await inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    await lockIdempotencyKey(tx, 'order', actor.userId, input.idempotencyKey);
    const previous = await tx.findOne(Order, { where: { placedByUserId: actor.userId, idempotencyKey: input.idempotencyKey } });
    if (previous) {
      if (previous.fingerprint !== print) {
        throw conflict('This idempotency key was already used for another order: use a new key.', 'idempotencyKey');
      }
      return {
        order: previous,
        invoice: await tx.findOneOrFail(Invoice, { where: { orderId: previous.id } }),
        commission: await tx.findOne(Commission, { where: { orderId: previous.id } }),
      };
    }
    return placeNewOrder(txc, access, request, input.idempotencyKey, print);
  });

  // The payload shows each record to whoever may read it: the invoice to the payer's billing
  // readers, the commission to the earning partner's.
  const [seesInvoice, seesCommission] = await Promise.all([
    readsBilling(ctx, placed.invoice.organizationId, 'INVOICES'),
    placed.commission ? readsBilling(ctx, placed.commission.partnerOrganizationId, 'COMMISSIONS') : false,
  ]);
  return { order: placed.order, invoice: seesInvoice ? placed.invoice : null, commission: seesCommission ? placed.commission : null };
}

type OrderRequest =
  | { kind: 'NEW_PRODUCT'; offer: NewProductOffer }
  | { kind: 'RENEWAL'; productId: string };

function checkOrderShape(input: PlaceOrderInput): OrderRequest {
  if (input.kind === 'NEW_PRODUCT') {
    if (input.productId) throw badUserInput('productId', 'A new product has no product id: leave it out.');
    if (!input.offer) throw badUserInput('offer', 'Choose one of the new-product offers.');
    const offer = findNewProductOffer(input.offer.category, input.offer.name);
    if (!offer) throw badUserInput('offer', `There is no offer "${input.offer.name}" in this category: choose one of the new-product offers.`);
    return { kind: 'NEW_PRODUCT', offer };
  }
  if (input.offer) throw badUserInput('offer', 'A renewal names the product, not an offer: leave the offer out.');
  if (!input.productId) throw badUserInput('productId', 'Choose the product to renew.');
  return { kind: 'RENEWAL', productId: input.productId };
}

/** A partner the order weighs: its partnership, its name and its rates (0 without a partner profile). */
interface OrderPartner {
  partnershipId: string;
  organizationId: string;
  name: string;
  access: OrderPartnership['access'];
  billingOwner: OrderPartnership['billingOwner'];
  rates: PartnerRates;
}

function partnerOf(partner: OrderPartner | undefined): { organizationId: string; rates: PartnerRates } | null {
  return partner ? { organizationId: partner.organizationId, rates: partner.rates } : null;
}

async function placeNewOrder(
  ctx: TxContext,
  access: OrganizationAccess,
  request: OrderRequest,
  idempotencyKey: string,
  print: string,
): Promise<{ order: Order; invoice: Invoice; commission: Commission | null }> {
  const { tx } = ctx;
  const actor = requireActor(ctx);
  const clientId = access.organizationId;
  const actingPartnershipId = access.via === 'PARTNER' ? (access.partner?.partnershipId ?? null) : null;

  // The client's live partnerships that matter (COMPLETE ones decide the payer and the rebate;
  // the acting one gives the cashback), locked FOR SHARE until commit by partners: the payer
  // cannot change under the order, and a partnership ended meanwhile no longer lets its partner order.
  const partnerships = await lockPartnershipsForOrder(ctx, clientId, actingPartnershipId);
  // The client's and the partners' names, tax identities and rates: one statement.
  const profiles = await organizationBillingProfiles(tx, [clientId, ...partnerships.map((p) => p.partnerOrganizationId)]);
  const profileOf = (organizationId: string): OrganizationBillingProfile => {
    const profile = profiles.get(organizationId);
    if (!profile) throw new Error(`billing: organization ${organizationId} has no profile`);
    return profile;
  };
  const partners: OrderPartner[] = partnerships.map((p) => {
    const profile = profileOf(p.partnerOrganizationId);
    return {
      partnershipId: p.id,
      organizationId: p.partnerOrganizationId,
      name: profile.name,
      access: p.access,
      billingOwner: p.billingOwner,
      rates: profile.partnerRates ?? { resellerDiscountBp: 0, commissionBp: 0 },
    };
  });
  const acting = actingPartnershipId ? partners.find((p) => p.partnershipId === actingPartnershipId) : undefined;
  if (actingPartnershipId && !acting) throw notFound('Organization');
  const paying = partners.find((p) => p.access === 'COMPLETE' && p.billingOwner === 'PARTNER');
  const rebate = partners.find((p) => p.access === 'COMPLETE' && p.billingOwner === 'CLIENT');
  const payerId = paying ? paying.organizationId : clientId;

  const client = profileOf(clientId);
  const payer = profileOf(payerId);
  const placedByName = (await userDisplayNames(tx, [actor.userId])).get(actor.userId);
  if (placedByName === undefined) throw new Error('billing: the signed-in user is gone');

  // What is ordered, and its public price list.
  let item: { productId: string | null; name: string; category: ProductCategory; renewalDate: string | null; prices: PriceList };
  if (request.kind === 'RENEWAL') {
    const product = await lockProductToRenew(ctx, clientId, request.productId);
    if (!product) throw notFound('Product');
    item = { productId: product.id, name: product.name, category: product.category, renewalDate: product.renewalDate, prices: { [product.currency]: product.publicPriceMinor } };
  } else {
    item = { productId: null, name: request.offer.name, category: request.offer.category, renewalDate: null, prices: request.offer.publicPriceMinor };
  }

  // Prices, in the payer's currency.
  const payerCurrency = (await tx.findOneOrFail(Wallet, { where: { organizationId: payerId } })).currency;
  const publicPriceMinor = priceIn(item.prices, payerCurrency);
  const decision = priceOrder({ publicPriceMinor, placedByPartner: partnerOf(acting), payingPartner: partnerOf(paying), rebatePartner: partnerOf(rebate) });
  const vat = vatFor({
    country: payer.country,
    entityType: payer.entityType,
    hasValidVatNumber: payer.vatNumber !== null && payer.vatVerificationStatus !== 'INVALID',
  });
  const vatMinor = vatAmount(decision.netMinor, vat.rateBp);
  const totalMinor = decision.netMinor + vatMinor;

  // The wallets that move, locked in a fixed order; the payer must cover the total.
  const commissionPartnerId = decision.commission?.partnerOrganizationId ?? null;
  const wallets = await lockWallets(tx, commissionPartnerId ? [payerId, commissionPartnerId] : [payerId]);
  const payerWallet = wallets.get(payerId) as Wallet;
  if (payerWallet.balanceMinor < totalMinor) {
    const missing = totalMinor - payerWallet.balanceMinor;
    const total = formatAmount(totalMinor, payerCurrency);
    const short = formatAmount(missing, payerCurrency);
    // Two whole sentences (not a "whose" spliced in): each is translated as one (see billing-errors.catalog.ts).
    const error = badUserInput(
      'wallet',
      payerId === clientId
        ? `The wallet does not cover this order of ${total}: ${short} missing. Top up the wallet, then order again.`
        : `The wallet of ${payer.name} (the partner that pays) does not cover this order of ${total}: ${short} missing. Top up the wallet, then order again.`,
    );
    Object.assign(error.extensions, { missing: { amountMinor: missing, currency: payerCurrency } });
    throw error;
  }

  // The product: created in the client organization, or renewed for one more year (by catalog).
  let productId: string;
  let renewalDateAfter: string;
  // The period the invoice line covers, [periodStart, renewalDateAfter).
  let periodStart: string;
  if (request.kind === 'NEW_PRODUCT') {
    const created = await createOrderedProduct(ctx, {
      organizationId: clientId,
      category: item.category,
      name: item.name,
      publicPriceMinor: priceIn(item.prices, client.currency),
      currency: client.currency,
    });
    productId = created.id;
    renewalDateAfter = created.renewalDate;
    periodStart = created.orderedOn;
  } else {
    productId = item.productId as string;
    renewalDateAfter = await renewProduct(ctx, productId);
    periodStart = item.renewalDate as string;
  }

  const order = await tx.save(
    tx.create(Order, {
      kind: request.kind,
      clientOrganizationId: clientId,
      clientName: client.name,
      payerOrganizationId: payerId,
      placedByUserId: actor.userId,
      placedByName,
      placedByPartnerOrganizationId: acting?.organizationId ?? null,
      placedByPartnerName: acting?.name ?? null,
      productId,
      productName: item.name,
      category: item.category,
      renewalDateBefore: item.renewalDate,
      renewalDateAfter,
      pricing: decision.pricing,
      currency: payerCurrency,
      publicPriceMinor,
      netMinor: decision.netMinor,
      vatMinor,
      totalMinor,
      idempotencyKey,
      fingerprint: print,
    }),
  );

  // What the payer's ledger and invoice say the money was for (written in each reader's language from these facts).
  const what = {
    kind: 'ORDER' as const,
    order: request.kind,
    product: item.name,
    category: item.category,
    from: request.kind === 'RENEWAL' ? item.renewalDate : null,
    until: renewalDateAfter,
    client: payerId === clientId ? null : client.name,
    publicPrice: null,
    country: payer.country,
  };

  await postToWallet(tx, payerWallet, {
    kind: 'ORDER_PAYMENT',
    amountMinor: -totalMinor,
    currency: payerCurrency,
    facts: what,
    orderId: order.id,
  });

  const commission = decision.commission
    ? await creditCommission(
        tx,
        decision.commission,
        { orderId: order.id, clientOrganizationId: clientId, clientName: client.name, productName: item.name, publicPrice: item.prices, partnerCountry: profileOf(decision.commission.partnerOrganizationId).country },
        wallets.get(decision.commission.partnerOrganizationId) as Wallet,
      )
    : null;

  const publicPrice = decision.pricing === 'PARTNER_PAYS_PARTNER_ORDER' ? { amountMinor: publicPriceMinor, currency: payerCurrency } : null;
  const { invoice } = await issueInvoice(tx, {
    orderId: order.id,
    clientOrganizationId: clientId,
    clientName: client.name,
    customer: { organizationId: payerId, name: payer.name, address: payer.invoiceAddress ?? '', country: payer.country, vatNumber: payer.vatNumber },
    vat,
    currency: payerCurrency,
    lines: [{ facts: { ...what, publicPrice }, quantity: 1, unitPriceMinor: decision.netMinor, productName: item.name, category: item.category, periodStart, periodEnd: renewalDateAfter }],
    vatMinor,
  });

  const partnerOrganizationId = acting?.organizationId ?? null;
  const paid = { amountMinor: totalMinor, currency: payerCurrency };
  const payment = clientPayment(payerId === clientId, partnerOrganizationId !== null, payer.name, paid, invoice.number);
  const product = { productName: item.name, category: item.category };
  const line: OrderLine =
    request.kind === 'NEW_PRODUCT'
      ? { kind: 'NEW_PRODUCT', ...product, until: renewalDateAfter }
      : { kind: 'RENEWAL', ...product, from: item.renewalDate as string, until: renewalDateAfter };
  const clientEvent = { organizationId: clientId, targetId: order.id, partnerOrganizationId };
  await recordAuditEvent(
    ctx,
    line.kind === 'NEW_PRODUCT'
      ? { ...clientEvent, action: 'order.new_product', data: { line, payment } }
      : { ...clientEvent, action: 'order.renewal', data: { line, payment } },
  );
  if (payerId !== clientId) {
    await recordAuditEvent(ctx, {
      organizationId: payerId,
      action: 'order.paid',
      data: { line, clientName: client.name, amount: paid, invoiceNumber: invoice.number },
      targetId: invoice.id,
    });
  }
  if (commission) {
    await recordAuditEvent(ctx, {
      organizationId: commission.partnerOrganizationId,
      action: 'commission.credited',
      data: {
        kind: commission.kind,
        amount: { amountMinor: commission.amountMinor, currency: commission.currency },
        productName: item.name,
        clientName: client.name,
      },
      targetId: commission.id,
    });
  }
  return { order, invoice, commission };
}

/**
 * How the client's trail tells the payment. When a partner's person placed the order, the partner
 * reads this entry too (its activity in the client): it must not learn the client's invoice, so
 * the amount and invoice number are not even recorded then.
 */
function clientPayment(clientPays: boolean, byPartner: boolean, payerName: string, amount: AuditMoney, invoiceNumber: string): OrderPayment {
  if (!clientPays) return { kind: 'PAID_BY', payerName };
  return byPartner ? { kind: 'INVOICED' } : { kind: 'PAID', amount, invoiceNumber };
}
