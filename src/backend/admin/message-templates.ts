/** The back office's template editor (R15): the preview of a template with sample data. Saving is `updateBusiness`. */
import { parseTemplate, TEMPLATE_PLACEHOLDERS } from '../../core/message-templates.js';
import type { CallOptions } from '../../contract/adapter.js';
import { adminAdapterInputSchemas as S } from '../../schemas/admin.js';
import type { MessagePreviewJson, PreviewMessageInput } from '../../schemas/message-templates.js';
import { invalid, parseInput } from '../boundary.js';
import { loadMessageText, messageText } from '../outbox.js';
import { type AdminScope, require } from './admin-scope.js';

export async function previewMessage(
  scope: AdminScope,
  input: PreviewMessageInput,
  options?: CallOptions,
): Promise<MessagePreviewJson> {
  const req = parseInput(S.previewMessage, input);
  const allowed = TEMPLATE_PLACEHOLDERS[req.kind];
  if (req.template) {
    const issues = (['subject', 'body'] as const).flatMap((field) =>
      parseTemplate(req.template?.[field] ?? '', allowed, field).problems.map((p) => ({
        path: `template.${field}`,
        message: p.message,
      })),
    );
    if (issues.length > 0) throw invalid(issues);
  }
  await loadMessageText();
  return scope.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
    require(actor.perms.readSettings);
    const { catalogue, languageTag } = messageText().catalogueFor(req.languageTag);
    const preview = messageText().previewMessage({
      business: actor.business,
      texts: catalogue.email,
      kind: req.kind,
      languageTag: req.languageTag.toLowerCase() === languageTag.toLowerCase() ? req.languageTag : languageTag,
      ...(req.template ? { template: req.template } : {}),
      now: scope.backend.now(),
    });
    return Promise.resolve({ ...preview, placeholders: [...allowed] });
  });
}
