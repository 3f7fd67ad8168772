"""A向B出售C: the company named after 向 buys the shares sold. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def acquisitions(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]


def test_the_party_after_xiang_buys_what_the_subject_sells():
    assert acquisitions("北辰科技董事会同意向关联方东林集团出售其持有的华岳电子35%股权。") == [
        {"acquirer": ["东林集团"], "target": ["华岳电子"], "seller": ["北辰科技"]}]


def test_selling_assets_or_products_is_no_acquisition():
    assert acquisitions("北辰科技向东林集团出售一批物流设备,合同金额3000万元。") == []


def test_a_transfer_to_the_party_after_xiang_is_its_acquisition():
    assert acquisitions("云帆网络拟向其控股股东星海集团转让所持华岳电子12%股权。") == [
        {"acquirer": ["星海集团"], "target": ["华岳电子"], "seller": ["云帆网络"]}]
