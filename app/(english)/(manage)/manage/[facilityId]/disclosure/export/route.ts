import { getActor } from "@/lib/auth/session";
import { getEditor } from "@/lib/disclosures/data";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { slugify } from "@/lib/facilities/search-text";

type Context = { params: Promise<{ facilityId: string }> };

/** The draft as a disclosure file, to keep, check with `npm run validate`, or import elsewhere. */
export async function GET(_request: Request, { params }: Context) {
  const { facilityId } = await params;
  try {
    const { facility, draft } = await getEditor(await getActor(), facilityId);
    return new Response(`${JSON.stringify(draft.content, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slugify(facility.name)}-disclosure.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
