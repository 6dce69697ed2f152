/**
 * A module the process loads the first time it is needed, then keeps: for the libraries only a
 * few requests use (PDF rendering, passkeys, authenticator-app QR codes, SMTP), whose code and
 * tables would otherwise sit in every API process's memory from start-up (issue 12: the API's
 * peak RSS while it streams an export). A failed load is retried on the next call.
 *
 * @example
 * const pdfkit = onFirstUse(() => import('pdfkit'));
 * const { default: PDFDocument } = await pdfkit();
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
