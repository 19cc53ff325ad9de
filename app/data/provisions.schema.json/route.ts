import { dataJsonSchema, provisionsExport } from '@/lib/provisions/data-export';

export const dynamic = 'force-static';

/** JSON Schema of /data/provisions.json, derived from the same zod schema the data is built with. */
export function GET() {
  return Response.json(dataJsonSchema('provisions', provisionsExport, 'Provisions: customer data leak liability (PRC)'));
}
