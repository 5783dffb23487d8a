"""The parts every item of the data file is built from: ids, texts, the item base class, a rule error,
and the step of a group exercise, which a werkplaat and the look back share (macros/model.py).

They live apart from the model so that model.py stays one readable page; the model re-exports them,
so `from macros.model import Step` keeps working.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_RE = re.compile(ID_PATTERN)

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, min_length=2, max_length=40),
    Field(description="Vaste code: kleine letters, cijfers en streepjes, bijvoorbeeld 'gw-07'. "
                      "Verander deze niet meer: links en kaartjes gebruiken hem."),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def rule_error(field: str, message: str) -> PydanticCustomError:
    """A broken rule of ours, in Dutch; macros/messages.py names the item, this field and the line."""
    return PydanticCustomError("lv_rule", "{message}", {"field": field, "message": message})


class _Item(BaseModel):
    # Unknown keys are usually typos ("titl:"), so they are errors, not silently ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


# How people work in a step. A begeleider must know it before the step starts, so every step names one.
GROUP_FORMS = ("alleen", "tweetallen", "drietallen", "viertallen", "groepjes", "hele groep")
GroupForm = Literal["alleen", "tweetallen", "drietallen", "viertallen", "groepjes", "hele groep"]


class Step(_Item):
    vorm: GroupForm = Field(description="Hoe de groep werkt in deze stap: " + ", ".join(GROUP_FORMS) + ".")
    minuten: int = Field(ge=1, le=240, description="Hoeveel minuten deze stap duurt.")
    tekst: Text = Field(description="Wat de begeleider zegt of laat doen, in de je-vorm.")

    @property
    def label(self) -> str:
        """How a step is announced on screen and on paper: 'Tweetallen · 10 minuten'."""
        return f"{self.vorm.capitalize()} · {self.minuten} minuten"


def steps_add_up(duration: int, steps: list[Step], what: str) -> None:
    """A group exercise runs as written only when its steps fill its time exactly."""
    step_minutes = sum(step.minuten for step in steps)
    if step_minutes != duration:
        raise rule_error("duur_minuten", f"er staat {duration}, maar de stappen duren samen {step_minutes} "
                                         f"minuten. Maak die twee gelijk, zodat {what} loopt zoals hij beschreven is")
