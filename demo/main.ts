// The demo site's script: registers the elements (the booking page arrives with its issue).
import '../src/define.js';

const host = document.querySelector('#booking');
if (host) host.textContent = 'The booking page is being built: this demo will show it here.';
