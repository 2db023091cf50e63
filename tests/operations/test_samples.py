"""The sample halls read as their hall's language writes: a person's name is one text."""
import pytest

from queuedesk.config import Config
from queuedesk.operations import setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database


@pytest.mark.parametrize("language, names", [
    ("zh_CN", {"nurse1": "周护士", "dr_sun": "孙医生", "manager": "大堂经理", "admin": "管理员"}),
    ("zh_TW", {"nurse1": "周護士", "dr_sun": "孫醫生", "manager": "大堂經理", "admin": "管理員"}),
    ("en", {"nurse1": "Nurse Zhou", "dr_sun": "Dr Sun", "manager": "Lobby manager", "admin": "Administrator"}),
])
def test_a_sample_hall_s_staff_are_named_in_the_hall_s_language(sqlite_url, language, names):
    db = Database(sqlite_url)
    migrate.upgrade(db)
    hall = Hall(db, Config({"hall.language": language}))
    try:
        setup.load_sample(hall, "hospital")
        with hall.read() as uow:
            staff = {s.user: s.name for s in uow.staff.all()}
    finally:
        db.dispose()
    assert {user: staff[user] for user in names} == names
