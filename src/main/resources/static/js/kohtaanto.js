// Sends the CSRF token with every htmx request and moves focus to new content where the page asks for it.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail.target.querySelector('[data-focus-after-swap]');
  if (target) {
    target.focus();
  }
});
// Confirmation for destructive buttons without inline script (the CSP forbids it).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
// Print buttons of the print pages (no inline script: the CSP forbids it).
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
