// The meeting page with htmx: each case's decision is recorded on its own and replaced in
// place by what was recorded (the page still works as one form without JavaScript).
// Enter in a case's field records that case (not the form's first); after a decision the
// next case's first choice has the focus, after a refusal the refused case's, so a
// meeting is recorded from the keyboard.
document.addEventListener('keydown', function (event) {
  var field = event.target
  if (event.key !== 'Enter' || !(field instanceof HTMLInputElement)) return
  var decision = field.closest('.app-decision')
  var button = decision && decision.querySelector('button[hx-post]')
  if (!button) return
  event.preventDefault()
  button.click()
})
document.addEventListener('htmx:afterSwap', function (event) {
  var swapped = document.getElementById(event.detail.target.id)
  var refused = swapped && swapped.tagName === 'FIELDSET' ? swapped.querySelector('input') : null
  var next = refused || document.querySelector('.app-decision input') || swapped
  if (next && next.focus) next.focus()
})
