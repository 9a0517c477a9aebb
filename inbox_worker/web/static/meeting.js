// The meeting page with htmx: each case's decision is recorded on its own and replaced in
// place by what was recorded (the page still works as one form without JavaScript).
// Enter in a case's field records that case (not the form's first), and after a decision
// the next case's first choice has the focus, so a meeting is recorded from the keyboard.
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
  var done = event.detail.target
  var next = document.querySelector('.app-decision input')
  var recorded = document.getElementById(done.id) || done
  if (next) {
    next.focus()
  } else if (recorded && recorded.focus) {
    recorded.focus()
  }
})
