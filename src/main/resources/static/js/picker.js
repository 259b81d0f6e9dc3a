// Concept picker (catalogue module, templates/catalogue/picker.html): a search field whose suggestions come from
// /catalogue/suggest through htmx, and a hidden field that receives the URI of the chosen concept. This script sends
// the typed text as q, fills the fields when a suggestion is chosen, and lets the keyboard move between the field and
// the suggestions (down arrow into the list, up and down within it, Escape back to the field). No inline script: the
// Content-Security-Policy forbids it.
(function () {
  'use strict';

  function pickerOf(element) {
    return element.closest('[data-picker]');
  }

  function partsOf(picker) {
    return {
      input: picker.querySelector('[data-picker-input]'),
      value: picker.querySelector('[data-picker-value]'),
      list: picker.querySelector('.suggestions')
    };
  }

  function choicesIn(list) {
    return Array.prototype.slice.call(list.querySelectorAll('button[data-pick-for]'));
  }

  function clear(list) {
    list.replaceChildren();
  }

  // The field is named <name>Text so that the host form posts the typed text; the suggestions want it as q.
  document.addEventListener('htmx:configRequest', function (event) {
    var element = event.detail.elt;
    if (element && element.matches && element.matches('[data-picker-input]')) {
      event.detail.parameters.q = element.value;
    }
  });

  // A slow answer must not reopen the list after the user already chose a concept.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var element = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (element && element.matches && element.matches('[data-picker-input]')
        && element.getAttribute('data-picked-label') === element.value && element.value !== '') {
      event.detail.shouldSwap = false;
    }
  });

  function choose(button) {
    var picker = document.querySelector('[data-picker="' + CSS.escape(button.getAttribute('data-pick-for')) + '"]')
        || pickerOf(button);
    if (!picker) {
      return;
    }
    var parts = partsOf(picker);
    var label = button.getAttribute('data-label');
    parts.value.value = button.getAttribute('data-uri');
    parts.input.value = label;
    parts.input.setAttribute('data-picked-label', label);
    clear(parts.list);
    parts.input.focus();
    picker.dispatchEvent(new CustomEvent('picker:chosen', {
      bubbles: true,
      detail: { uri: parts.value.value, label: label }
    }));
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-pick-for]');
    if (button) {
      event.preventDefault();
      choose(button);
    }
  });

  // Typing after a choice means the choice no longer holds: empty the URI so the server resolves the text instead.
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('[data-picker-input]')) {
      return;
    }
    var parts = partsOf(pickerOf(input));
    if (input.value !== input.getAttribute('data-picked-label')) {
      parts.value.value = '';
      input.removeAttribute('data-picked-label');
    }
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (!target.matches) {
      return;
    }
    if (target.matches('[data-picker-input]')) {
      var fieldParts = partsOf(pickerOf(target));
      var choices = choicesIn(fieldParts.list);
      if (event.key === 'ArrowDown' && choices.length > 0) {
        event.preventDefault();
        choices[0].focus();
      }
      else if (event.key === 'Escape' && fieldParts.list.children.length > 0) {
        event.preventDefault();
        clear(fieldParts.list);
      }
      return;
    }
    if (!target.matches('button[data-pick-for]')) {
      return;
    }
    var parts = partsOf(pickerOf(target));
    var all = choicesIn(parts.list);
    var index = all.indexOf(target);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      (all[index + 1] || all[index]).focus();
    }
    else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (index > 0 ? all[index - 1] : parts.input).focus();
    }
    else if (event.key === 'Home') {
      event.preventDefault();
      all[0].focus();
    }
    else if (event.key === 'End') {
      event.preventDefault();
      all[all.length - 1].focus();
    }
    else if (event.key === 'Escape') {
      event.preventDefault();
      clear(parts.list);
      parts.input.focus();
    }
  });
})();
