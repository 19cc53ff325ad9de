import { dataJsonSchema, provisionFileExport } from '@/lib/provisions/data-export';

export const dynamic = 'force-static';

/** JSON Schema of each /data/provisions/<instrument>/<article>.json. */
export function GET() {
  return Response.json(dataJsonSchema('provision', provisionFileExport, 'One provision: customer data leak liability (PRC)'));
}
