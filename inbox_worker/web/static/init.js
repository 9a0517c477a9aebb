// GOV.UK Frontend's first line, kept out of the page so the CSP needs no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
