"""What editors pass on for each concern: a label (the reason shown) and where to get help."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

SIGNPOSTS: dict[str, tuple[Promise, Promise]] = {
    "damp_health": (
        _("Damp or mould affecting health"),
        _(
            "Damp and mould that harm health are a hazard the landlord must deal with: report it in "
            "writing and keep a copy. In England, social landlords must investigate and fix hazardous "
            "damp and mould within set deadlines (Awaab's Law); private renters can ask the council's "
            "environmental health team to inspect. For health worries, contact a GP or call NHS 111."
        ),
    ),
    "electrics": (
        _("Dangerous electrics, sparking or water on electrics"),
        _(
            "Stop using the socket, switch or appliance and keep everyone away from exposed wires. "
            "If water is getting into lights, sockets or the fuse box, switch off at the fuse box only if "
            "it is dry and safe to reach. "
            "Report it on the landlord's emergency repairs line straight away: dangerous electrics are "
            "an emergency repair. If there is sparking, burning or smoke, or someone has had a shock, "
            "call 999."
        ),
    ),
    "heating_vulnerable": (
        _("No heating or hot water, with someone vulnerable"),
        _(
            "No heating or hot water is an emergency repair when a baby or child, an elderly, disabled or "
            "pregnant person, or someone who is ill lives there: report it on the landlord's emergency "
            "repairs line and ask for temporary heaters. If someone is very cold and unwell, call NHS 111, "
            "or 999 in an emergency."
        ),
    ),
    "fire": (
        _("Fire risk"),
        _(
            "If there is a fire or smoke now, get everyone out and call 999. Landlords must provide "
            "working smoke alarms and, in blocks, keep fire doors and escape routes safe; fire safety "
            "concerns should be reported to the landlord in writing, and the local fire and rescue "
            "service can give advice."
        ),
    ),
    "gas": (
        _("Gas or carbon monoxide"),
        _(
            "If anyone smells gas or suspects carbon monoxide, call the National Gas Emergency Service "
            "free on 0800 111 999, 24 hours a day. Leave the property, open doors and windows, do not "
            "use light or electrical switches or naked flames, and turn the gas off at the meter if "
            "it is safe to. Anyone feeling unwell should get medical help (999 in an emergency)."
        ),
    ),
    "structural": (
        _("Structural danger"),
        _(
            "Keep everyone away from the ceiling, wall, balcony or stairs and report it on the landlord's "
            "emergency repairs line straight away. If something has collapsed or is about to, or anyone is "
            "hurt, call 999. The council's building control team can act on dangerous structures."
        ),
    ),
    "threats": (
        _("Threats or harassment"),
        _(
            "If anyone is in immediate danger, call 999; otherwise the police on 101. Landlords must act on "
            "harassment and antisocial behaviour their tenants report. The National Domestic Abuse Helpline "
            "is free on 0808 2000 247, 24 hours a day. Follow the safeguarding procedure."
        ),
    ),
    "self_harm": (
        _("Self-harm or suicide risk"),
        _(
            "Someone may be at risk. If a life is in immediate danger, call 999. Samaritans can be "
            "called free on 116 123, 24 hours a day, and Shout offers free 24-hour text support: text "
            "SHOUT to 85258. Follow the safeguarding procedure."
        ),
    ),
}
