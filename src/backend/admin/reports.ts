/** The bookings report (R19): TSV or CSV of the last 120 days. */
import { epochToWall, formatTimeOfDay } from '../../core/time.js';
import {
  adminAdapterInputSchemas as S,
  REPORT_DAYS,
  type ExportReportInput,
  type Report,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { DAY, findService } from '../backend.js';
import { formatTable } from './report-table.js';
import { parseInput, toIso } from '../boundary.js';
import { staffName } from '../views.js';
import { type AdminScope, require } from './admin-scope.js';

/**
 * Every appointment that starts, or was booked, in the last 120 days (upcoming ones included),
 * cancelled ones too, one row each, oldest start first.
 */
export async function exportReport(
  scope: AdminScope,
  input: ExportReportInput,
  options?: CallOptions,
): Promise<Report> {
  const req = parseInput(S.exportReport, input);
  return scope.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.report, 'Only administrators can export reports.');
    const business = actor.business;
    const now = scope.backend.now();
    const from = now - REPORT_DAYS * DAY;
    const rows = (await scope.allAppointments(tx, business.id)).filter(
      (a) => a.startMs >= from || Date.parse(a.createdAt) >= from,
    );
    const zone = business.businessTimeZone;
    const questions = new Map(business.customQuestions.map((q) => [q.id, q.displayName]));
    const local = (ms: number): string => {
      const w = epochToWall(ms, zone);
      return `${w.date} ${formatTimeOfDay(Math.floor(w.minutes))}`;
    };
    const header = [
      'Appointment ID',
      'Status',
      'Service',
      'Staff',
      'Start (UTC)',
      'End (UTC)',
      `Start (${zone})`,
      `End (${zone})`,
      'Customer',
      'Email',
      'Phone',
      'Customer time zone',
      'Notes',
      'Answers',
      'SMS opt-in',
      'Consent given at',
      'Booked by',
      'Created (UTC)',
      'Cancelled (UTC)',
      'Cancellation message',
      'Join URL',
      'Source',
      'UTM source',
      'UTM medium',
      'UTM campaign',
      'UTM term',
      'UTM content',
      'Metadata',
      'Approval',
      'Attendance',
    ];
    const table = rows.map((a) => [
      a.id,
      a.status,
      findService(business, a.serviceId)?.displayName ?? a.serviceName,
      staffName(business, a.staffMemberId),
      toIso(a.startMs),
      toIso(a.endMs),
      local(a.startMs),
      local(a.endMs),
      a.customer.name,
      a.customer.emailAddress ?? '',
      a.customer.phone ?? '',
      a.customer.timeZone,
      a.customer.notes ?? '',
      a.answers
        .map(
          (x) => `${questions.get(x.questionId) ?? x.questionId}: ${x.answer ?? (x.selectedOptions ?? []).join(', ')}`,
        )
        .join('; '),
      a.smsOptIn ? 'yes' : 'no',
      a.consentedAt ?? '',
      a.bookedBy,
      a.createdAt,
      a.cancelledAt ?? '',
      a.cancellationMessage ?? '',
      a.joinWebUrl ?? '',
      a.tracking?.source ?? '',
      a.tracking?.utmSource ?? '',
      a.tracking?.utmMedium ?? '',
      a.tracking?.utmCampaign ?? '',
      a.tracking?.utmTerm ?? '',
      a.tracking?.utmContent ?? '',
      Object.entries(a.tracking?.metadata ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      a.approval ?? '',
      a.attendance === 'noShow' ? 'no-show' : (a.attendance ?? ''),
    ]);
    const date = toIso(now).slice(0, 10);
    return {
      format: req.format,
      filename: `${business.id}-bookings-${date}.${req.format}`,
      mediaType: req.format === 'csv' ? 'text/csv; charset=utf-8' : 'text/tab-separated-values; charset=utf-8',
      start: toIso(from),
      end: toIso(now),
      rowCount: table.length,
      content: formatTable(req.format, header, table),
    };
  });
}
