// Completes the run-time English catalogue (i18n/index.ts) with its second part (en-more.ts). Every
// module that shows a string beyond the booking page's first steps imports this module before
// anything else of the i18n layer, so the string is there when it renders: the later steps, the
// details form, the confirmation, the manage page, the time-zone chooser, the popup, the back office.
import { enMore } from './en-more.js';
import { completeEnglish } from './index.js';

completeEnglish(enMore);
