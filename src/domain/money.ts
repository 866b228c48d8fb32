// Money is integer minor units + ISO 4217 code; Intl knows each currency's minor-unit digits.

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let f = formatters.get(currency);
  if (!f) {
    // CNY is the home currency: zh-CN renders it as "¥30.00" (en-US would say "CN¥30.00").
    f = new Intl.NumberFormat(currency === 'CNY' ? 'zh-CN' : 'en-US', { style: 'currency', currency });
    formatters.set(currency, f);
  }
  return f;
}

/** formatMoney(3000, 'CNY') === '¥30.00'; formatMoney(500, 'JPY') === '¥500'. */
export function formatMoney(minorUnits: number, currency: string): string {
  const f = formatterFor(currency);
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(minorUnits / 10 ** digits);
}
