"""Word tables read by the quantity, target and actual extractors.

Each table says where its entries come from; they are data, not logic.
"""
