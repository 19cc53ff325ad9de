import { builtAt, getInstrument, getProvision, listProvisions } from '@/lib/content/gateway.server';
import { dataStamp, provisionData } from '@/lib/provisions/data-export';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One provision as data: /data/provisions/criminal-law/253-1.json */
export function generateStaticParams() {
  return listProvisions().map((p) => ({ instrument: p.instrument, file: `${p.article}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ instrument: string; file: string }> }) {
  const { instrument: slug, file } = await params;
  const provision = getProvision(slug, file.replace(/\.json$/, ''));
  const instrument = getInstrument(slug);
  if (!provision || !instrument) return new Response('not found', { status: 404 });
  return Response.json({ ...dataStamp(builtAt()), ...provisionData(provision, instrument) });
}
