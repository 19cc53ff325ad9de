import { builtAt, getInstrument, listProvisions } from '@/lib/content/gateway.server';
import { dataStamp, provisionData } from '@/lib/provisions/data-export';

export const dynamic = 'force-static';

export function GET() {
  const provisions = listProvisions().flatMap((p) => {
    const instrument = getInstrument(p.instrument);
    return instrument ? [provisionData(p, instrument)] : [];
  });
  return Response.json({ ...dataStamp(builtAt()), count: provisions.length, provisions });
}
