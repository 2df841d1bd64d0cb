// As in GOV.UK Frontend's page template: lets components style themselves once JS runs.
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
