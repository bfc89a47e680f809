// Mark the body as JavaScript-capable before components initialise (GOV.UK Frontend convention).
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
