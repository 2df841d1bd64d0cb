import pytest
from tests.factories.users import UserFactory
from tests.factories.casestudies import SubmissionFactory
from tests.browser.conftest import new_page, DESKTOP
from tests.browser.helpers import editor_logs_in

def test_x(browser, live_server, home_page):
    s = SubmissionFactory()
    ed = UserFactory(groups=["Comms editors"])
    p = new_page(browser, **DESKTOP)
    editor_logs_in(p, live_server.url, ed.username)
    p.goto(live_server.url + "/admin/snippets/casestudies/submission/")
    print(p.title())
    print(p.locator("table.listing").inner_html()[:4000])
