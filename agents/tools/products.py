"""product_info: the catalogue itself, each product with its series and list price ("what's the list price on MG
Advanced?"). Not deal figures: deal_stats values open deals at these prices."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sqlmodel import select

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from agents.tools.scope import products_named
from bot.events import Block
from memory.models import Product


class ProductInfoArgs(BaseModel):
    products: list[str] | None = Field(
        None, description="product names (typos fine) or a series (GTX, MG); leave empty for the whole catalogue"
    )


def product_info(ctx: ToolContext, args: ProductInfoArgs) -> ToolResult:
    """The product catalogue: each product's series and list price, for the products named (all when none)."""
    with ctx.session() as session:
        labels: list[str] = []
        wanted = set(products_named(session, args.products, labels)) if args.products else None
        rows = [p for p in session.exec(select(Product).order_by(Product.name)) if wanted is None or p.id in wanted]
    if args.products:  # in the order they were asked about
        order = {name: i for i, name in enumerate(labels)}
        rows.sort(key=lambda p: order.get(p.name, len(order)))
    products = [{"name": p.name, "series": p.series, "list_price": p.list_price} for p in rows]
    table = tuple((p.name, p.series or "-", f"${p.list_price:,.0f}") for p in rows)
    block = Block(title="Products", columns=("Product", "Series", "List price"), rows=table)
    return ToolResult(data={"products": products}, blocks=(block,), basis="list prices from the product catalogue")


PRODUCT_INFO = make_tool(product_info, ProductInfoArgs)
